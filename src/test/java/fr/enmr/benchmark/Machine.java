package fr.enmr.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the benchmark reports write about the machine: cores, memory, JDK, and the load it was under. */
final class Machine {

    private Machine() {
    }

    static String description() {
        long memoire = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores, " + memoireTotale() + " RAM, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (benchmark JVM heap max " + memoire + " MB), " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    static String charge() {
        try {
            return Stream.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3).collect(Collectors.joining(" "));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memoireTotale() {
        try (Stream<String> lignes = Files.lines(Path.of("/proc/meminfo"))) {
            return lignes.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GB").orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
