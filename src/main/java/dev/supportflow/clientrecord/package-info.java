/**
 * What every client record has, whatever it is (ticket, meeting, training, intervention): an id as
 * people say it ({@link ClientRecordType}), one timeline over one event table ({@link Timeline}),
 * the rule for who may read it ({@link dev.supportflow.security.Caller#mayRead}), the reads and the
 * answer to its quote ({@link ClientRecordService}, {@link ClientRecordController}), its table as
 * the consent gate's billable subject ({@link ClientRecordTable}), and who did a piece of staff
 * work on it ({@link TaskActor}). The features keep what differs: their row, request, statuses,
 * process starter and step beans.
 *
 * <p>Its allowed dependencies are checked by {@code ModuleBoundariesTest} (docs/architecture.md,
 * "Modules").
 */
@ApplicationModule(allowedDependencies = {"billing", "security", "web"})
package dev.supportflow.clientrecord;

import org.springframework.modulith.ApplicationModule;
