package vn.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.newssearch.extract.AgreementExtractor;
import vn.newssearch.extract.CorpusArticles;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.model.Article;

/**
 * {@link AgreementExtractor#enrich} of this build against another build of the extract package (its
 * compiled classes and resources in a directory), rounds alternating in one JVM so that both see
 * the same machine load. Not a test: run it by hand.
 *
 * <pre>
 * git archive 2213b51 index-builder/src/main | tar x -C /tmp/base
 * javac -d /tmp/base/classes -cp "$(cat /tmp/cp.txt)" $(find /tmp/base -name '*.java')
 * cp -r /tmp/base/index-builder/src/main/resources/* /tmp/base/classes/
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *   vn.newssearch.bench.AgreementBaselineBench ../../shared/corpus/vietnews-labour.jsonl.gz 15 \
 *   /tmp/base/classes
 * </pre>
 */
public final class AgreementBaselineBench {
  private AgreementBaselineBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<Article> articles = CorpusArticles.read(file);
    AgreementExtractor current = new AgreementExtractor(Gazetteer.load());
    Baseline baseline = new Baseline(Path.of(args[2]), articles);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] now = new double[rounds];
    double[] before = new double[rounds];
    long sink = 0;
    for (int r = -3; r < rounds; r++) { // three warm-up rounds of each
      long b0 = threads.getCurrentThreadCpuTime();
      sink += baseline.enrichAll();
      long b1 = threads.getCurrentThreadCpuTime();
      for (Article a : articles) {
        sink += current.enrich(a).organisations().size();
      }
      long b2 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        before[r] = (b1 - b0) / 1000.0 / articles.size();
        now[r] = (b2 - b1) / 1000.0 / articles.size();
      }
    }
    Arrays.sort(now);
    Arrays.sort(before);
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d alternating rounds; CPU µs/article median: before %.1f (min %.1f),"
            + " now %.1f (min %.1f), now/before %.2f (%d)%n",
        articles.size(),
        rounds,
        before[rounds / 2],
        before[0],
        now[rounds / 2],
        now[0],
        now[rounds / 2] / before[rounds / 2],
        sink % 7);
  }

  /** The other build, in its own class loader, with the articles copied into its Article type. */
  private static final class Baseline {
    private final Object extractor;
    private final Method enrich;
    private final Method organisations;
    private final List<Object> articles = new ArrayList<>();

    Baseline(Path classes, List<Article> input) throws Exception {
      ClassLoader loader = new ChildFirst(new URL[] {classes.toUri().toURL()});
      Class<?> gazetteer = loader.loadClass("vn.newssearch.extract.Gazetteer");
      Class<?> extractorType = loader.loadClass("vn.newssearch.extract.AgreementExtractor");
      Class<?> article = loader.loadClass("vn.newssearch.model.Article");
      extractor =
          extractorType
              .getConstructor(gazetteer)
              .newInstance(gazetteer.getMethod("load").invoke(null));
      enrich = extractorType.getMethod("enrich", article);
      organisations = article.getMethod("organisations");
      RecordComponent[] theirs = article.getRecordComponents();
      Class<?>[] types =
          Arrays.stream(theirs).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> make = article.getDeclaredConstructor(types);
      for (Article a : input) {
        Object[] values = new Object[theirs.length];
        for (int i = 0; i < theirs.length; i++) {
          Method mine = Article.class.getMethod(theirs[i].getName());
          Object v = mine.invoke(a);
          // agreement fields are empty on input; other types are JDK types shared by both loaders
          values[i] = v != null && v.getClass().getName().startsWith("vn.") ? null : v;
        }
        articles.add(make.newInstance(values));
      }
    }

    long enrichAll() throws Exception {
      long n = 0;
      for (Object a : articles) {
        n += ((List<?>) organisations.invoke(enrich.invoke(extractor, a))).size();
      }
      return n;
    }
  }

  /** Loads vn.newssearch classes from its own URLs first; everything else from the parent. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls) {
      super(urls, AgreementBaselineBench.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (name.startsWith("vn.newssearch.")) {
          Class<?> c = findLoadedClass(name);
          if (c == null) {
            try {
              c = findClass(name);
            } catch (ClassNotFoundException e) {
              c = super.loadClass(name, false);
            }
          }
          return c;
        }
        return super.loadClass(name, resolve);
      }
    }

    @Override
    public URL getResource(String name) {
      URL mine = findResource(name);
      return mine != null ? mine : super.getResource(name);
    }

    @Override
    public java.io.InputStream getResourceAsStream(String name) {
      try {
        URL url = getResource(name);
        return url == null ? null : url.openStream();
      } catch (IOException e) {
        return null;
      }
    }
  }
}
