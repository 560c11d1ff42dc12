package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CorridorMapTest {
  static CorridorMap map() {
    return CorridorMap.of("Nhava Sheva to Piraeus").withFamilies("Suez", "Cape", "IMEC")
        .with("Suez", ChartReadabilityTest.suez).with("Cape", ChartReadabilityTest.cape)
        .with("IMEC as planned", ChartReadabilityTest.imec);
  }

  @Test
  void map_drawsLandEachCorridorAndTheCredit() throws Exception {
    ChartReadabilityTest.corridors();
    Document d = SvgText.parse(map().toSvg());
    assertEquals("Nhava Sheva to Piraeus", SvgText.title(d));
    assertTrue(SvgText.desc(d).contains("Land outlines: Natural Earth."), SvgText.desc(d));
    assertTrue(d.getElementsByTagName("path").getLength() > 10, "land outlines and chokepoint marks");
    NodeList lines = d.getElementsByTagName("polyline");
    assertEquals(3, lines.getLength());
    Corridor cape = ChartReadabilityTest.cape;
    // Each leg runs from its start node through its lane polyline to its end node.
    String capeLine = ((Element) lines.item(0)).getAttribute("points");
    int expected = 0;
    for (org.kervan.network.Leg l : cape.legs()) {
      expected += 2 + l.geometry().size();
    }
    assertEquals(expected, capeLine.split(" ").length);
    assertTrue(expected > 2 * cape.legs().size(), "the Cape's lanes carry their geometry");
    assertEquals("#d62728", ((Element) lines.item(0)).getAttribute("stroke"), "the longest first, in the Cape's colour");
    assertEquals("#1f77b4", ((Element) lines.item(2)).getAttribute("stroke"), "the shortest on top");
    List<String> texts = SvgText.boxes(d).stream().map(SvgText.Box::text).toList();
    assertTrue(texts.contains("Land: Natural Earth 1:110m (public domain)"), texts.toString());
    assertTrue(texts.contains("Piraeus") && texts.contains("Nhava Sheva (JNPT)"), texts.toString());
  }

  @Test
  void noTwoTextBoxesOverlap() throws Exception {
    ChartReadabilityTest.corridors();
    List<SvgText.Box> boxes = SvgText.boxes(SvgText.parse(map().toSvg()));
    assertTrue(boxes.size() > 10, boxes.toString());
    assertEquals(List.of(), SvgText.overlaps(boxes));
  }

  @Test
  void emptyMapAndNulls_areRefused() {
    ChartReadabilityTest.corridors();
    assertEquals("map must have at least one corridor to render, was empty",
        assertThrows(IllegalStateException.class, () -> CorridorMap.of("x").toSvg()).getMessage());
    assertEquals("CorridorMap[3 corridors]", map().toString());
    NullPointerTester npt = new NullPointerTester().setDefault(Corridor.class, ChartReadabilityTest.suez);
    npt.testAllPublicStaticMethods(CorridorMap.class);
    npt.testAllPublicInstanceMethods(CorridorMap.of("t"));
  }
}
