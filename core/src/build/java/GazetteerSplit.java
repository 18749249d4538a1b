import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Cuts core's gazetteer ({@code gazetteer.tsv.gz}, the data file with its sources) into one file
 * per country, so that the library reads only the countries a look-up names instead of the whole
 * table. Run by the build of core (exec-maven-plugin, phase generate-resources), never by hand; the
 * output goes to {@code target/classes} only and is never edited or committed:
 *
 * <pre>
 * java core/src/build/java/GazetteerSplit.java \
 *     core/src/main/resources/io/github/vetmobility/place/gazetteer.tsv.gz \
 *     core/target/classes/io/github/vetmobility/place/gazetteer
 * </pre>
 *
 * <p>Output: {@code CC.tsv} per country, holding the data file's comment lines (its sources and
 * licences), then the {@code A} lines of the country's divisions and its {@code C} lines, each as
 * in the data file; and {@code index.tsv}, the comment lines and then one line per country, {@code
 * CC<TAB>first<TAB>count}, where {@code first} is the number of the country's first place in the
 * data file (places keep the order of the data file, where each country's places are together).
 */
public final class GazetteerSplit {
  private GazetteerSplit() {}

  /**
   * Splits the gazetteer.
   *
   * @param args the data file and the output folder
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GazetteerSplit gazetteer.tsv.gz output-folder");
    }
    List<String> comments = new ArrayList<>();
    Map<String, List<String>> divisions = new LinkedHashMap<>();
    Map<String, List<String>> places = new LinkedHashMap<>();
    String last = null;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          comments.add(line);
          continue;
        }
        String[] f = line.split("\t", 3);
        if (f.length < 3 || f[1].length() < 2) {
          throw new IllegalStateException(args[0] + " line " + n + ": unreadable");
        }
        if (f[0].equals("A")) {
          divisions.computeIfAbsent(f[1].substring(0, 2), k -> new ArrayList<>()).add(line);
        } else if (f[0].equals("C")) {
          if (!f[1].equals(last) && places.containsKey(f[1])) {
            // The numbering of places per country relies on it.
            throw new IllegalStateException(
                args[0] + " line " + n + ": the places of " + f[1] + " are not together");
          }
          last = f[1];
          places.computeIfAbsent(f[1], k -> new ArrayList<>()).add(line);
        } else {
          throw new IllegalStateException(args[0] + " line " + n + ": unreadable");
        }
      }
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    StringBuilder index = new StringBuilder();
    for (String c : comments) {
      index.append(c).append('\n');
    }
    int first = 0;
    for (Map.Entry<String, List<String>> e : places.entrySet()) {
      String country = e.getKey();
      try (Writer w = Files.newBufferedWriter(out.resolve(country + ".tsv"), StandardCharsets.UTF_8)) {
        for (String c : comments) {
          w.write(c);
          w.write('\n');
        }
        for (String a : divisions.getOrDefault(country, List.of())) {
          w.write(a);
          w.write('\n');
        }
        for (String p : e.getValue()) {
          w.write(p);
          w.write('\n');
        }
      }
      index.append(country).append('\t').append(first).append('\t');
      index.append(e.getValue().size()).append('\n');
      first += e.getValue().size();
    }
    Files.writeString(out.resolve("index.tsv"), index, StandardCharsets.UTF_8);
  }
}
