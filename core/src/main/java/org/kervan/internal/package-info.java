/**
 * Primitive heaps, array helpers and argument checks used inside Kervan. Not exported: nothing
 * here is API and any of it may change without notice.
 */
package org.kervan.internal;
