package nl.onderstroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import nl.onderstroom.base.Translations;
import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import org.junit.jupiter.api.Test;

/** The map picture shows every department whole: no two boxes (circle and name) overlap, none leaves the picture. */
class MapPictureTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** A tree of {@code units} formal units with {@code per} departments each, long names, random ratings. */
    static OrganisationMap map(int units, int per, long seed) {
        Random random = new Random(seed);
        List<Department> departments = new ArrayList<>();
        List<DepartmentTally> tallies = new ArrayList<>();
        long id = 1;
        for (int u = 0; u < units; u++) {
            long unit = id++;
            departments.add(new Department(unit, "Afdeling Klantcontact en Kwaliteitsborging " + u, null, 40));
            tallies.add(tally(unit, 3 + random.nextInt(20), random));
            for (int i = 0; i < per; i++) {
                long d = id++;
                departments.add(new Department(d, (i % 3 == 0 ? "Financiële administratie & control " : "Team ") + u + "." + i,
                        unit, 20));
                tallies.add(tally(d, 2 + random.nextInt(15), random));
            }
        }
        Map<Long, Integer> respondents = new java.util.HashMap<>();
        tallies.forEach(t -> respondents.put(t.departmentId(), t.respondents()));
        List<ConnectionTally> connections = new ArrayList<>();
        for (Department a : departments) {
            for (Department b : departments) {
                if (a.id() != b.id() && random.nextDouble() < 0.15) {
                    int n = Math.min(respondents.get(a.id()), 3 + random.nextInt(10));
                    int[] flow = new int[5];
                    flow[random.nextInt(5)] = n;
                    int[] importance = new int[5];
                    importance[random.nextInt(5)] = n;
                    int[] frequency = new int[5];
                    frequency[random.nextInt(5)] = n;
                    int[] stops = new int[4];
                    stops[random.nextInt(4)] = n;
                    connections.add(new ConnectionTally(a.id(), b.id(), n, flow, importance, frequency, stops));
                }
            }
        }
        return MapComputation.compute(departments, tallies, connections, MapSettings.defaults(5));
    }

    private static DepartmentTally tally(long id, int n, Random random) {
        int[] inner = new int[5];
        inner[random.nextInt(5)] = n;
        return new DepartmentTally(id, n, inner, Map.of(), Map.of());
    }

    @Test
    void every_department_lies_whole_in_the_picture_without_overlapping_another() throws Exception {
        for (int[] shape : new int[][]{{1, 0}, {2, 1}, {4, 3}, {8, 6}, {3, 14}}) {
            OrganisationMap map = map(shape[0], shape[1], shape[0] * 31L + shape[1]);
            MapPicture.Drawing drawing = MapPicture.layout(new MapPicture.Request(map, "Titel", "Scan", null, Set.of(),
                    true, Translations.DUTCH));
            List<MapLayout.Placed> boxes = drawing.placed();
            assertThat(boxes).hasSize(map.nodes().size());
            for (MapLayout.Placed b : boxes) {
                assertThat(b.left()).as(b.node().name()).isGreaterThanOrEqualTo(0);
                assertThat(b.right()).as(b.node().name()).isLessThanOrEqualTo(drawing.width());
                assertThat(b.y() - b.top()).as(b.node().name()).isGreaterThanOrEqualTo(drawing.mapTop());
                assertThat(b.y() + b.bottom()).as(b.node().name()).isLessThanOrEqualTo(drawing.mapBottom());
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    MapLayout.Placed a = boxes.get(i);
                    MapLayout.Placed b = boxes.get(j);
                    boolean apartX = a.right() <= b.left() || b.right() <= a.left();
                    boolean apartY = a.y() + a.bottom() <= b.y() - b.top() || b.y() + b.bottom() <= a.y() - a.top();
                    assertThat(apartX || apartY).as(a.node().name() + " and " + b.node().name() + " in " + shape[0]
                            + "x" + shape[1]).isTrue();
                }
            }
            byte[] png = MapPicture.png(new MapPicture.Request(map, "Titel", "Scan", null, Set.of(), true,
                    Translations.DUTCH), 1);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(drawing.width());
            assertThat(image.getHeight()).isEqualTo(drawing.height());
            Files.createDirectories(Path.of("target", "map-pictures"));
            Files.write(Path.of("target", "map-pictures", "map-" + shape[0] + "x" + shape[1] + ".png"), png);
        }
    }

    @Test
    void a_focused_map_is_cut_to_its_departments_so_their_names_stay_readable_on_a_slide() throws Exception {
        OrganisationMap map = map(8, 6, 8 * 31L + 6);
        MapPicture.Drawing whole = MapPicture.layout(new MapPicture.Request(map, null, null, null, Set.of(), false,
                Translations.DUTCH));
        List<MapLayout.Placed> all = whole.placed();
        // the two departments furthest apart would give the whole map again: take two neighbours in the layout
        MapLayout.Placed a = all.get(0);
        MapLayout.Placed b = all.stream().skip(1).min(java.util.Comparator.comparingDouble(
                p -> Math.hypot(p.x() - a.x(), p.y() - a.y()))).orElseThrow();
        Set<Long> focus = Set.of(a.node().id(), b.node().id());
        MapPicture.Drawing focused = MapPicture.layout(new MapPicture.Request(map, null, null, null, focus, false,
                Translations.DUTCH));
        assertThat(focused.width() * focused.height()).as("a detail of the map, not all of it")
                .isLessThan(whole.width() * whole.height() / 2);
        for (MapLayout.Placed p : focused.placed()) {
            if (focus.contains(p.node().id())) {
                assertThat(p.left()).as(p.node().name()).isGreaterThanOrEqualTo(0);
                assertThat(p.right()).as(p.node().name()).isLessThanOrEqualTo(focused.width());
                assertThat(p.y() - p.top()).isGreaterThanOrEqualTo(focused.mapTop());
                assertThat(p.y() + p.bottom()).isLessThanOrEqualTo(focused.mapBottom());
            }
        }
        assertThat(focused.width()).isGreaterThanOrEqualTo(MapPicture.FOCUS_MIN_WIDTH);
        byte[] png = MapPicture.png(new MapPicture.Request(map, null, null, null, focus, false, Translations.DUTCH), 1.5);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(focused.width() * 1.5));
        Files.createDirectories(Path.of("target", "map-pictures"));
        Files.write(Path.of("target", "map-pictures", "map-focused.png"), png);
    }
}
