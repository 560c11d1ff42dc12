package org.kervan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read the embedded default network from its four CSV resources ({@link
 * DefaultNetwork#readEmbedded()}), in milliseconds, beside its floor: commons-csv tokenising the
 * same four files into records and touching every cell, with no parsing, validation or network
 * build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DefaultNetworkLoadBenchmark {
  private static final List<String> RESOURCES =
      List.of(
          DefaultNetwork.NODES_RESOURCE,
          DefaultNetwork.SEA_NODES_RESOURCE,
          DefaultNetwork.LEGS_RESOURCE,
          DefaultNetwork.SEA_LEGS_RESOURCE);

  /**
   * Kervan: read, validate and build the network.
   *
   * @return the network
   */
  @Benchmark
  public Network kervanReadEmbedded() {
    return DefaultNetwork.readEmbedded();
  }

  /**
   * Floor: commons-csv records of the same files, every cell's length summed.
   *
   * @return the total length of all cells
   */
  @Benchmark
  public long commonsCsvTokenizeOnly() {
    long total = 0;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (String resource : RESOURCES) {
      try (InputStream in = DefaultNetwork.class.getResourceAsStream(resource);
          Reader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
          CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
        for (CSVRecord record : parser) {
          for (String cell : record) {
            total += cell.length();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }
}
