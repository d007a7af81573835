package com.wms.app;

import io.temporal.internal.testservice.TestServicesStarter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Temporal test server of dev mode from slowing down as workflows accumulate.
 *
 * <p>The test server (temporal-test-server 1.37.0, {@code SelfAdvancingTimerImpl}) appends every
 * time-skipping lock and unlock to a {@code LinkedList} it keeps for diagnostics. An entry leaves
 * that list only when a lock handle is released, and releasing scans the list from its head. The
 * locks that workflow state updates take and drop ({@code updateLocks}) and every unlock entry are
 * never removed, so the list grows by a few entries per activity and workflow task, for as long as
 * the process lives, and every later release scans all of it. After a few thousand orders in {@code
 * ./wms dev}, 59 % of the process's CPU samples were in {@code LinkedList.remove} and orders per
 * second fell from 5 to 1 (BENCHMARKS.md, section 3).
 *
 * <p>This list replaces it. It holds an entry only while something can still release it: a lock
 * handle refers to its entry strongly and this list refers to it weakly, so the entries nobody can
 * release any more (those of {@code updateLocks} and the unlock entries) are collected, and
 * releasing is a hash lookup. What the server computes is unchanged: releasing a handle twice is
 * still refused as unbalanced, and the lock count that keeps time skipping off is the server's own.
 * The diagnostics the server prints on an unbalanced release list the outstanding locks only, in no
 * particular order. All access happens under the timer's own lock, as for the list it replaces.
 */
@SuppressWarnings("JdkObsolete") // the field it replaces is declared as a LinkedList
final class TimeLockEvents extends LinkedList<Object> {
  private static final Logger log = LoggerFactory.getLogger(TimeLockEvents.class);
  private static final long serialVersionUID = 1L;

  private final transient Set<Object> outstanding = Collections.newSetFromMap(new WeakHashMap<>());

  private TimeLockEvents() {}

  /**
   * Puts this list in place of the test server's lock-event list; returns false, and leaves the
   * server as it is, when the server's internals are not what this was written for.
   */
  static boolean install(TestServicesStarter services) {
    try {
      Object timer = read(services, "selfAdvancingTimer");
      Field events = timer.getClass().getDeclaredField("lockEvents");
      if (!LinkedList.class.equals(events.getType())) {
        throw new NoSuchFieldException("lockEvents is a " + events.getType().getName());
      }
      events.setAccessible(true);
      Lock lock = (Lock) read(timer, "lock");
      lock.lock();
      try {
        TimeLockEvents replacement = new TimeLockEvents();
        for (Object event : (LinkedList<?>) events.get(timer)) {
          replacement.add(event);
        }
        events.set(timer, replacement);
      } finally {
        lock.unlock();
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn(
          "Temporal test server internals differ from 1.37.0 ({}); dev mode keeps the server's own"
              + " lock-event list, which slows it down as workflows accumulate",
          e.toString());
      return false;
    }
  }

  /** How many lock entries the test server holds now (entries already unreachable excluded). */
  static int held(TestServicesStarter services) {
    try {
      Object timer = read(services, "selfAdvancingTimer");
      Lock lock = (Lock) read(timer, "lock");
      lock.lock();
      try {
        return ((LinkedList<?>) read(timer, "lockEvents")).size();
      } finally {
        lock.unlock();
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object read(Object owner, String name) throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  @Override
  public boolean add(Object event) {
    outstanding.add(event);
    return true;
  }

  @Override
  public boolean addAll(Collection<?> events) {
    events.forEach(this::add);
    return !events.isEmpty();
  }

  @Override
  public boolean remove(Object event) {
    return outstanding.remove(event);
  }

  @Override
  public int size() {
    return outstanding.size();
  }

  @Override
  public boolean isEmpty() {
    return outstanding.isEmpty();
  }

  @Override
  public void clear() {
    outstanding.clear();
  }

  @Override
  public Iterator<Object> iterator() {
    return new ArrayList<>(outstanding).iterator();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
