package dev.mailbench.api.model;

/** An element of a project list with a stable id, so edits, merges and unknown fields follow it. */
public interface Identified {
    String id();
}
