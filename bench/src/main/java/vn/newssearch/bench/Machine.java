package vn.newssearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line naming the machine the figures came from. */
final class Machine {
  private Machine() {}

  static String describe() {
    return Stats.f(
        "machine: %d cores (nproc), %s RAM, %s, JDK %s (%s), max heap %s",
        Runtime.getRuntime().availableProcessors(),
        memTotal(),
        cpuModel(),
        Runtime.version(),
        System.getProperty("java.vm.name"),
        Stats.mb(Runtime.getRuntime().maxMemory()));
  }

  private static String memTotal() {
    return procField("/proc/meminfo", "MemTotal:");
  }

  private static String cpuModel() {
    return procField("/proc/cpuinfo", "model name");
  }

  private static String procField(String file, String prefix) {
    try {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (line.startsWith(prefix)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      return "?";
    }
    return "?";
  }
}
