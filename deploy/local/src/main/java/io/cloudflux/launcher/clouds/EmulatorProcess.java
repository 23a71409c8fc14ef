package io.cloudflux.launcher.clouds;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cloud emulator running as a child process of the launcher, its output in a log file. {@link #close} stops it and
 * any process it started, so that Ctrl-C leaves nothing listening.
 */
final class EmulatorProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private EmulatorProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} with {@code environment} added and waits until it listens on 127.0.0.1:{@code port}. */
    static EmulatorProcess start(String name, List<String> command, Map<String, String> environment, int port,
            Path log, Duration patience) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        EmulatorProcess emulator = new EmulatorProcess(name, builder.start(), log);
        try {
            emulator.awaitPort(port, patience);
        }
        catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
        return emulator;
    }

    private void awaitPort(int port, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before listening on "
                        + port + "; see " + log);
            }
            if (answers(port)) {
                return;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " did not listen on 127.0.0.1:" + port + " within " + patience + "; see "
                + log);
    }

    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
