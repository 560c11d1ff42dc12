/**
 * Kervan: multimodal freight corridors (networks, routing) linked to their trade effect
 * (elasticities, trade gains).
 */
module org.kervan.core {
  requires com.google.common;
  // commons-math3 3.6.1 has no Automatic-Module-Name; its automatic name comes from the file name.
  requires commons.math3;
  requires org.apache.commons.csv;

  exports org.kervan.quantity;
  exports org.kervan.network;
  exports org.kervan.data;
}
