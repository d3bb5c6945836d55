package org.jesr.desk.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the browser and the app that can pass traffic, blackhole it or reset
 * every connection: venue Wi-Fi in a box. Blackholing stops every byte in both directions
 * and holds new connections without answering, as when the access point drops out; open
 * WebSockets stall too, which a browser's offline switch would not do.
 */
final class ChaosProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private volatile boolean blackholed;
    private volatile boolean closed;

    ChaosProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread.ofVirtual().name("proxy-accept").start(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    String url(String path) {
        return "http://localhost:" + port() + "/" + path;
    }

    /** From now on, nothing gets through, in either direction, on old or new connections. */
    void blackhole() {
        blackholed = true;
    }

    /** Traffic flows again; held bytes and connections carry on where they stopped. */
    void restore() {
        synchronized (gate) {
            blackholed = false;
            gate.notifyAll();
        }
    }

    /** Every open connection is reset (RST), as when the device comes back with a new address. */
    void resetAll() {
        for (Socket socket : open) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> connect(client));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void connect(Socket client) {
        open.add(client);
        try {
            awaitPassage();
            Socket server = new Socket("127.0.0.1", target);
            open.add(server);
            Thread.ofVirtual().start(() -> pump(client, server));
            pump(server, client);
        } catch (IOException e) {
            close(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitPassage();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed or was reset: close the other side too
        } finally {
            close(from);
            close(to);
        }
    }

    private void awaitPassage() throws IOException {
        synchronized (gate) {
            while (blackholed && !closed) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SocketException("interrupted");
                }
            }
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to close
        }
    }

    @Override
    public void close() {
        closed = true;
        restore();
        resetAll();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
