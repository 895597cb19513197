package org.plankg;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.plankg.bench.BenchCommand;
import org.plankg.extract.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The jar's entry point: {@code extract ...} runs the extractor, {@code bench ...} the benchmark, anything else starts the service. */
@SpringBootApplication
public class PlankgApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("extract")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            int status = new ExtractCommand(out, err).run(rest);
            out.flush();
            System.exit(status);
        }
        if (args.length > 0 && args[0].equals("bench")) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.exit(new BenchCommand(out).run(Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(PlankgApplication.class, args);
    }
}
