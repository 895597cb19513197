package org.plankg.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.plankg.PlankgApplication;
import org.plankg.bench.BenchCommand;
import org.springframework.boot.SpringApplication;

/** The jar's entry point: {@code extract ...} runs the extractor, {@code bench ...} the benchmark, anything else starts the service. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (args.length > 0 && args[0].equals("extract")) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            int status = new ExtractCommand(out, err).run(rest);
            out.flush();
            System.exit(status);
        }
        if (args.length > 0 && args[0].equals("bench")) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.exit(new BenchCommand(out).run(rest));
        }
        SpringApplication.run(PlankgApplication.class, args);
    }
}
