/**
 * Running several portal instances on one database: scheduled jobs that run once per cluster (ShedLock, a lock row
 * per job), and {@link nl.onderstroom.base.cluster.ClusterChannel}, on which one instance tells the others that
 * something changed (live response counts, the live presentation). See docs/scaling.md.
 */
package nl.onderstroom.base.cluster;
