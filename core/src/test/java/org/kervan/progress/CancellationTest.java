package org.kervan.progress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CancellationTest {
  @Test
  void create_startsRunning_andCancelSticks() {
    Cancellation c = Cancellation.create();
    assertFalse(c.isCancelled());
    assertDoesNotThrow(c::throwIfCancelled);
    assertEquals("Cancellation[running]", c.toString());
    c.cancel();
    c.cancel();
    assertTrue(c.isCancelled());
    CancellationException e = assertThrows(CancellationException.class, c::throwIfCancelled);
    assertEquals("the work was cancelled", e.getMessage());
    assertEquals("Cancellation[cancelled]", c.toString());
  }

  @Test
  void never_refusesCancel_andIsShared() {
    assertSame(Cancellation.never(), Cancellation.never());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Cancellation.never().cancel());
    assertEquals("Cancellation.never() must not be cancelled", e.getMessage());
    assertFalse(Cancellation.never().isCancelled());
  }

  @Test
  void cancelFromAnotherThread_isSeenByTheWorker() throws Exception {
    Cancellation c = Cancellation.create();
    CountDownLatch started = new CountDownLatch(1);
    AtomicLong units = new AtomicLong();
    Thread worker = new Thread(() -> {
      started.countDown();
      try {
        while (true) {
          c.throwIfCancelled();
          units.incrementAndGet();
        }
      } catch (CancellationException expected) {
        // the worker stops here
      }
    });
    worker.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));
    c.cancel();
    worker.join(TimeUnit.SECONDS.toMillis(10));
    assertFalse(worker.isAlive(), "the worker must stop once cancelled");
  }

  @Test
  void none_ignoresCalls() {
    ProgressListener none = ProgressListener.none();
    assertDoesNotThrow(() -> none.onProgress(0, 0));
    assertDoesNotThrow(() -> none.onProgress(5, 10));
  }
}
