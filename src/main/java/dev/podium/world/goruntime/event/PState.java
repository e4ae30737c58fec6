package dev.podium.world.goruntime.event;

/** A P's state, as runtime2.go names them ({@code _Pidle}, {@code _Prunning}, {@code _Psyscall}). */
public enum PState { IDLE, RUNNING, SYSCALL }
