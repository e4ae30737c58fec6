/**
 * The Go runtime world's interpreter: compiles a type-checked program ({@link
 * dev.podium.world.goruntime.lang.CheckedProgram}) to a small instruction set and runs each goroutine on its own
 * frame stack ({@link dev.podium.world.goruntime.exec.Machine}), so a goroutine can stop at any instruction and
 * resume later without a Java thread. Implements the runtime's contract ({@link
 * dev.podium.world.goruntime.rt.GoProgram}, {@link dev.podium.world.goruntime.rt.GoBody}).
 *
 * <p>Values: integers of every size are {@link java.lang.Long} (wrapped to their size after each operation),
 * floats {@link java.lang.Double}, strings Java strings holding one byte per char (Go strings are bytes), structs
 * {@link dev.podium.world.goruntime.exec.StructVal} (a pointer to a struct is the same object), slices {@link
 * dev.podium.world.goruntime.exec.SliceVal}, maps {@link dev.podium.world.goruntime.exec.MapVal}, interface values
 * {@link dev.podium.world.goruntime.exec.Iface} or a native object, nil is null.
 */
package dev.podium.world.goruntime.exec;
