/**
 * Kervan: multimodal freight corridors (networks, routing) linked to their trade effect
 * (elasticities, trade gains).
 */
@SuppressWarnings("requires-automatic") // commons-math3, see below
module org.kervan.core {
  requires com.google.common;
  // commons-math3 3.6.1 has no Automatic-Module-Name; its automatic name comes from the file name.
  requires commons.math3;
  requires org.apache.commons.csv;

  exports org.kervan.quantity;
  exports org.kervan.network;
  exports org.kervan.routing;
  exports org.kervan.elasticity;
  exports org.kervan.trade;
  exports org.kervan.report;
  exports org.kervan.data;
  exports org.kervan.progress;
}
