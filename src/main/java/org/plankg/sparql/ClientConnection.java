package org.plankg.sparql;

import java.io.IOException;
import java.lang.reflect.Field;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.catalina.connector.RequestFacade;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request's connection to its client, asked whether the client has hung up. Tomcat tells of a
 * client gone only when a read or a write fails, and none is pending while a query runs; so this
 * reads from the socket the way Tomcat's own readiness check does, which keeps whatever arrives
 * for the connection's next request and fails once the client has closed. Tomcat keeps that
 * socket out of public reach, hence the reflection. Outside Tomcat's HTTP/1.1 (HTTP/2 shares one
 * socket among requests) it cannot tell, and says the client is there.
 */
final class ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
    private static final ClientConnection UNKNOWN = new ClientConnection(null);

    private final SocketWrapperBase<?> socket;

    private ClientConnection(SocketWrapperBase<?> socket) {
        this.socket = socket;
    }

    static ClientConnection of(HttpServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) inner = wrapper.getRequest();
        if (!(inner instanceof RequestFacade facade)) return UNKNOWN;
        try {
            var connector = (org.apache.catalina.connector.Request) read(RequestFacade.class, "request", facade);
            Object processor = read(org.apache.coyote.Request.class, "hook", connector.getCoyoteRequest());
            if (!(processor instanceof Http11Processor)) return UNKNOWN;
            return new ClientConnection((SocketWrapperBase<?>) read(AbstractProcessor.class, "socketWrapper", processor));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("cannot watch a client's connection in this Tomcat: {}", e.toString());
            return UNKNOWN;
        }
    }

    private static Object read(Class<?> type, String name, Object owner) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }

    /** Whether this can tell at all. */
    boolean watchable() {
        return socket != null;
    }

    /** Whether the client has closed its side of the connection. */
    boolean closed() {
        if (socket == null) return false;
        try {
            socket.isReadyForRead();
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
