package vn.newssearch.server.opensearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.backend.BackendUnavailableException;

class UnreachableClusterTest {
  @Test
  void aServerOnAClusterThatDoesNotAnswerDoesNotStartAndSaysWhy() {
    assertThatThrownBy(
            () -> SearchServer.start("--opensearch", "http://127.0.0.1:1", "--port", "0"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageStartingWith("the OpenSearch cluster at http://127.0.0.1:1 did not answer")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void anIndexFolderAndAClusterAtOnceIsAUsageError() {
    assertThatThrownBy(
            () -> SearchServer.start("--index", "x", "--opensearch", "http://127.0.0.1:1"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("either --index DIR or --opensearch URL");
  }
}
