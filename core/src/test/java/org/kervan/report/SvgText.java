package org.kervan.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Text boxes of an SVG document, estimated independently of the renderer: 0.55 em per character
 * (Helvetica's average advance), one em high above the baseline, shifted by text-anchor; rotated
 * text (the vertical axis title) is left out.
 */
final class SvgText {
  record Box(String text, double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
  }

  private SvgText() {}

  static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Box> boxes(Document d) {
    List<Box> boxes = new ArrayList<>();
    NodeList all = d.getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (!e.getAttribute("transform").isEmpty()) {
        continue;
      }
      double size = e.getAttribute("font-size").isEmpty() ? 12 : Double.parseDouble(e.getAttribute("font-size"));
      String text = e.getTextContent();
      double w = text.length() * size * 0.55;
      double x = Double.parseDouble(e.getAttribute("x"));
      String anchor = e.getAttribute("text-anchor");
      x -= anchor.equals("middle") ? w / 2 : anchor.equals("end") ? w : 0;
      double baseline = Double.parseDouble(e.getAttribute("y"));
      boxes.add(new Box(text, x, baseline - size * 0.8, w, size));
    }
    return boxes;
  }

  /** Pairs of overlapping boxes, as text, for a failure message; empty when none overlap. */
  static List<String> overlaps(List<Box> boxes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        if (boxes.get(i).overlaps(boxes.get(j))) {
          out.add(boxes.get(i) + " x " + boxes.get(j));
        }
      }
    }
    return out;
  }

  static String title(Document d) {
    return d.getElementsByTagName("title").item(0).getTextContent();
  }

  static String desc(Document d) {
    return d.getElementsByTagName("desc").item(0).getTextContent();
  }
}
