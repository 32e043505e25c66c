-- What a sealed session's deviations look like at ANY shortening tolerance, so period summaries can apply the
-- auditor's tolerance in SQL. The sealed counts on therapy_session use 1 s (SealedTotals.TOLERANCE) and are hashed;
-- this table is derived from the session's events (also hashed) and can always be rebuilt from them.
--   fixed_deviation  1 when the session deviates whatever the tolerance: a phase skipped, capped, repeated by
--                    back or extended, or the session ended early (SessionReport's rules), else 0
--   max_shortfall_ms the largest (planned - actual) of a phase run not ended by back (0 when none fell short);
--                    a phase is SHORTENED at tolerance T when planned - actual > T, so the session has a
--                    shortened phase at T exactly when max_shortfall_ms > T
-- Written in the same transaction as the seal (SealWrites); filled here for sessions sealed before.
-- No FOREIGN KEY: a derived row must never be what stops verify from seeing a deleted session (the deletion is
-- what verify reports); summaries join from therapy_session, so an orphan row counts nowhere.
CREATE TABLE IF NOT EXISTS session_deviation (
    session_id       BIGINT  PRIMARY KEY,
    fixed_deviation  INTEGER NOT NULL,
    max_shortfall_ms BIGINT  NOT NULL
);

INSERT INTO session_deviation (session_id, fixed_deviation, max_shortfall_ms)
SELECT e.session_id,
       MAX(CASE WHEN e.event_type IN ('EXTENDED', 'SESSION_ENDED_EARLY')
                  OR (e.event_type = 'PHASE_ENDED' AND e.ended_by IN ('SKIP', 'CAP', 'BACK')) THEN 1 ELSE 0 END),
       COALESCE(MAX(CASE WHEN e.event_type = 'PHASE_ENDED' AND e.ended_by <> 'BACK' AND e.planned_ms > e.actual_ms
                         THEN e.planned_ms - e.actual_ms END), 0)
FROM session_event e JOIN therapy_session s ON s.id = e.session_id
WHERE s.seal_hash IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM session_deviation d WHERE d.session_id = e.session_id)
GROUP BY e.session_id;

-- Sealed sessions without any event (none in practice) still get a row, so every sealed session has one.
INSERT INTO session_deviation (session_id, fixed_deviation, max_shortfall_ms)
SELECT s.id, CASE WHEN s.status = 'ended-early' THEN 1 ELSE 0 END, 0
FROM therapy_session s
WHERE s.seal_hash IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM session_deviation d WHERE d.session_id = s.id);
