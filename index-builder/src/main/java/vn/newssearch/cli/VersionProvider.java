package vn.newssearch.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is set in one place (the pom). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = IndexBuilderCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "index-builder " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version() + ", Lucene " + org.apache.lucene.util.Version.LATEST
    };
  }
}
