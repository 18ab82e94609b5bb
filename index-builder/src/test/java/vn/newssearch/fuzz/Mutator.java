package vn.newssearch.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Byte-level mutations of a real input, in the manner of a coverage-less fuzzer: flips, cuts,
 * repeats, and splices of the tokens that break readers (quotes, braces, NUL, invalid UTF-8, huge
 * numbers, deep nesting, BOMs, lone surrogates encoded as UTF-8).
 */
final class Mutator {
  private static final String[] TOKENS = {
    "\"",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\\",
    "\\u",
    "\\uD800",
    "\u0000",
    "\r",
    "\n",
    "null",
    "true",
    "1e999999",
    "-0",
    "99999999999999999999999",
    "\"body\":",
    "\"published\":\"",
    "\"published\":12",
    "\"body\":{}",
    "\"body\":[1,2]",
    "\uFEFF",
    "Ngày 17/10/2019",
    "17.10.2019 21:50",
    "GMT+7",
    "Thứ Năm",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "\u0301\u0300",
  };

  private static final byte[][] BAD_BYTES = {
    {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0},
  };

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  byte[] mutate(byte[] input) {
    byte[] out = input;
    int steps = 1 + random.nextInt(4);
    for (int i = 0; i < steps; i++) {
      out = step(out);
    }
    return out;
  }

  private byte[] step(byte[] in) {
    if (in.length == 0) {
      return token();
    }
    int at = random.nextInt(in.length);
    return switch (random.nextInt(7)) {
      case 0 -> { // flip a bit
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        yield out;
      }
      case 1 -> Arrays.copyOf(in, at); // cut short
      case 2 -> splice(in, at, token());
      case 3 -> splice(in, at, BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
      case 4 -> { // drop a run
        int end = Math.min(in.length, at + 1 + random.nextInt(64));
        yield concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, end, in.length));
      }
      case 5 -> { // repeat a run
        int end = Math.min(in.length, at + 1 + random.nextInt(256));
        byte[] run = Arrays.copyOfRange(in, at, end);
        yield splice(in, at, concat(run, run, run, run));
      }
      default -> splice(in, at, token());
    };
  }

  private byte[] token() {
    return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] in, int at, byte[] insert) {
    return concat(Arrays.copyOf(in, at), insert, Arrays.copyOfRange(in, at, in.length));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
