-- Unstuck's report model: every figure of the morning report, as views over one relation.
--
-- Input: a table or view named unstuck_events with one row per delivered event and these
-- columns (the wire fields of docs/events.md; `group` and `at` are renamed because both are
-- reserved words somewhere):
--   id, type, moment, element, arm (the wire's `group`), at_ms (the wire's `at`, epoch ms),
--   detection, signal, choice, label, question, outcome, suppressed
-- docs/warehouse.md shows how to make it from NDJSON, Parquet, PostHog, Segment and GA4 exports.
--
-- Runs unchanged on DuckDB and PostgreSQL (both tested), Snowflake and ClickHouse; BigQuery
-- spells DOUBLE PRECISION as FLOAT64 (`unstuck-report --sql bigquery` prints it so).
-- The browser computes the same rows in src/report/compute.ts; a test holds them together.
-- Statements end with a semicolon at the end of a line (the CLI splits on that).

-- Each event once: delivery is at least once, so retries repeat ids. Rows without a type, an id
-- or a moment are unreadable (a torn line) and left out.
CREATE OR REPLACE VIEW unstuck_deduplicated AS
SELECT id, type, moment, element, arm, at_ms, detection, signal, choice, label, question, outcome, suppressed
FROM (
  SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY e.at_ms) AS copy
  FROM unstuck_events e
  WHERE e.type IS NOT NULL AND e.id IS NOT NULL AND e.moment IS NOT NULL
) numbered
WHERE copy = 1;

-- The whole log: events counted once, duplicate deliveries, unreadable rows, the period.
CREATE OR REPLACE VIEW unstuck_totals AS
SELECT d.events, r.readable - d.events AS duplicates, r.rows_read - r.readable AS unreadable, d.from_ms, d.to_ms
FROM (SELECT COUNT(*) AS events, MIN(at_ms) AS from_ms, MAX(at_ms) AS to_ms FROM unstuck_deduplicated) d
CROSS JOIN (
  SELECT COUNT(*) AS rows_read,
    SUM(CASE WHEN type IS NOT NULL AND id IS NOT NULL AND moment IS NOT NULL THEN 1 ELSE 0 END) AS readable
  FROM unstuck_events
) r;

-- Events that belong to a moment (errors and overflow notices do not).
CREATE OR REPLACE VIEW unstuck_moment_events AS
SELECT *, CAST(FLOOR(CAST(at_ms AS DOUBLE PRECISION) / 86400000) AS BIGINT) AS day_index
FROM unstuck_deduplicated
WHERE type NOT IN ('unstuck-error', 'unstuck-overflow') AND moment <> '';

-- Measured moments: outcomes not suppressed (a suppressed moment was never offered the
-- question, so it belongs to neither arm). The arm is read from the outcome.
CREATE OR REPLACE VIEW unstuck_measured AS
SELECT moment, detection, COALESCE(signal, 'unknown') AS signal, day_index,
  CASE WHEN arm = 'holdout' THEN 'holdout' ELSE 'treatment' END AS arm,
  CASE WHEN outcome = 'continued' THEN 1 ELSE 0 END AS continued
FROM unstuck_moment_events
WHERE type = 'unstuck-outcome' AND (suppressed IS NULL OR suppressed = '');

-- The funnel per moment, with its element and the question as visitors last read it.
CREATE OR REPLACE VIEW unstuck_moments AS
SELECT f.moment, f.element, q.question,
  CASE WHEN f.detects > 0 THEN f.detects ELSE f.outcomes END AS detected,
  f.asked, f.answered, f.dismissed, f.escalated
FROM (
  SELECT moment, MIN(element) AS element,
    SUM(CASE WHEN type = 'unstuck-detect' THEN 1 ELSE 0 END) AS detects,
    SUM(CASE WHEN type = 'unstuck-outcome' THEN 1 ELSE 0 END) AS outcomes,
    SUM(CASE WHEN type = 'unstuck-show' THEN 1 ELSE 0 END) AS asked,
    SUM(CASE WHEN type = 'unstuck-answer' THEN 1 ELSE 0 END) AS answered,
    SUM(CASE WHEN type = 'unstuck-dismiss' THEN 1 ELSE 0 END) AS dismissed,
    COUNT(DISTINCT CASE WHEN type = 'unstuck-escalate' THEN detection END) AS escalated
  FROM unstuck_moment_events
  GROUP BY moment
) f
LEFT JOIN (
  SELECT moment, question
  FROM (
    SELECT moment, question, ROW_NUMBER() OVER (PARTITION BY moment ORDER BY at_ms DESC NULLS LAST, id DESC) AS latest
    FROM unstuck_moment_events
    WHERE type = 'unstuck-show' AND question IS NOT NULL
  ) shows
  WHERE latest = 1
) q ON q.moment = f.moment;

-- Why detected moments were not asked (busy, gap, cap, cooldown, no-question, vetoed…).
CREATE OR REPLACE VIEW unstuck_suppressed AS
SELECT moment, suppressed AS reason, COUNT(*) AS moments
FROM unstuck_moment_events
WHERE type = 'unstuck-outcome' AND suppressed IS NOT NULL AND suppressed <> ''
GROUP BY moment, suppressed;

-- What detected each moment: detections per signal.
CREATE OR REPLACE VIEW unstuck_signals AS
SELECT moment, COALESCE(signal, 'unknown') AS signal, COUNT(*) AS detected
FROM unstuck_moment_events
WHERE type = 'unstuck-detect'
GROUP BY moment, COALESCE(signal, 'unknown');

-- What blocks people: answers per reply, with the reply's text as visitors last read it.
CREATE OR REPLACE VIEW unstuck_replies AS
SELECT a.moment, a.choice, l.label, a.answered
FROM (
  SELECT moment, COALESCE(choice, '') AS choice, COUNT(*) AS answered
  FROM unstuck_moment_events
  WHERE type = 'unstuck-answer'
  GROUP BY moment, COALESCE(choice, '')
) a
LEFT JOIN (
  SELECT moment, choice, label
  FROM (
    SELECT moment, COALESCE(choice, '') AS choice, label,
      ROW_NUMBER() OVER (PARTITION BY moment, COALESCE(choice, '') ORDER BY at_ms DESC NULLS LAST, id DESC) AS latest
    FROM unstuck_moment_events
    WHERE type = 'unstuck-answer' AND label IS NOT NULL
  ) labelled
  WHERE latest = 1
) l ON l.moment = a.moment AND l.choice = a.choice;

-- Activity per day (day_index: days since 1970-01-01, UTC).
CREATE OR REPLACE VIEW unstuck_days AS
SELECT moment, day_index,
  SUM(CASE WHEN type = 'unstuck-detect' THEN 1 ELSE 0 END) AS detected,
  SUM(CASE WHEN type = 'unstuck-show' THEN 1 ELSE 0 END) AS asked,
  SUM(CASE WHEN type = 'unstuck-answer' THEN 1 ELSE 0 END) AS answered
FROM unstuck_moment_events
GROUP BY moment, day_index;

-- Both arms' counts per moment, signal and day: the grain every breakdown below adds up.
CREATE OR REPLACE VIEW unstuck_arm_counts AS
SELECT moment, signal, day_index,
  SUM(CASE WHEN arm = 'treatment' THEN 1 ELSE 0 END) AS t_measured,
  SUM(CASE WHEN arm = 'treatment' THEN continued ELSE 0 END) AS t_continued,
  SUM(CASE WHEN arm = 'holdout' THEN 1 ELSE 0 END) AS h_measured,
  SUM(CASE WHEN arm = 'holdout' THEN continued ELSE 0 END) AS h_continued
FROM unstuck_measured
GROUP BY moment, signal, day_index;

-- Forward movement counted per breakdown, both arms side by side:
--   moment — the whole moment; signal — moments detected by that signal;
--   reply  — treatment moments whose visitor chose that reply, against the moment's holdout
--            (descriptive only: visitors choose their reply);
--   day    — everything measured up to and including that day (how the verdict evolved).
CREATE OR REPLACE VIEW unstuck_counts AS
SELECT moment, 'moment' AS breakdown, '' AS item,
  SUM(t_measured) AS t_measured, SUM(t_continued) AS t_continued, SUM(h_measured) AS h_measured, SUM(h_continued) AS h_continued
FROM unstuck_arm_counts
GROUP BY moment
UNION ALL
SELECT moment, 'signal', signal, SUM(t_measured), SUM(t_continued), SUM(h_measured), SUM(h_continued)
FROM unstuck_arm_counts
GROUP BY moment, signal
UNION ALL
SELECT r.moment, 'reply', r.choice, r.t_measured, r.t_continued, h.h_measured, h.h_continued
FROM (
  SELECT a.moment, COALESCE(a.choice, '') AS choice, COUNT(m.detection) AS t_measured, COALESCE(SUM(m.continued), 0) AS t_continued
  FROM unstuck_moment_events a
  LEFT JOIN unstuck_measured m ON m.detection = a.detection AND m.moment = a.moment AND m.arm = 'treatment'
  WHERE a.type = 'unstuck-answer'
  GROUP BY a.moment, COALESCE(a.choice, '')
) r
JOIN (SELECT moment, SUM(h_measured) AS h_measured, SUM(h_continued) AS h_continued FROM unstuck_arm_counts GROUP BY moment) h ON h.moment = r.moment
UNION ALL
SELECT moment, 'day', CAST(day_index AS VARCHAR(12)),
  SUM(t_measured) OVER (PARTITION BY moment ORDER BY day_index ROWS UNBOUNDED PRECEDING),
  SUM(t_continued) OVER (PARTITION BY moment ORDER BY day_index ROWS UNBOUNDED PRECEDING),
  SUM(h_measured) OVER (PARTITION BY moment ORDER BY day_index ROWS UNBOUNDED PRECEDING),
  SUM(h_continued) OVER (PARTITION BY moment ORDER BY day_index ROWS UNBOUNDED PRECEDING)
FROM (
  SELECT moment, day_index, SUM(t_measured) AS t_measured, SUM(t_continued) AS t_continued, SUM(h_measured) AS h_measured, SUM(h_continued) AS h_continued
  FROM unstuck_arm_counts
  GROUP BY moment, day_index
) daily;

-- Each arm's rate with its Wilson 95 % interval (stats.ts `wilson`, same operations in the
-- same order). z = 1.959963984540054.
CREATE OR REPLACE VIEW unstuck_rates AS
SELECT moment, breakdown, item, arm, measured, continued, rate,
  CASE WHEN n > 0 THEN GREATEST(0, (rate + z * z / (2 * n)) / (1 + z * z / n) - z * SQRT(rate * (1 - rate) / n + z * z / (4 * n * n)) / (1 + z * z / n)) END AS ci_low,
  CASE WHEN n > 0 THEN LEAST(1, (rate + z * z / (2 * n)) / (1 + z * z / n) + z * SQRT(rate * (1 - rate) / n + z * z / (4 * n * n)) / (1 + z * z / n)) END AS ci_high
FROM (
  SELECT c.*, CAST(c.continued AS DOUBLE PRECISION) / c.n AS rate, CAST('1.959963984540054' AS DOUBLE PRECISION) AS z
  FROM (
    SELECT moment, breakdown, item, 'treatment' AS arm, t_measured AS measured, t_continued AS continued, CAST(NULLIF(t_measured, 0) AS DOUBLE PRECISION) AS n FROM unstuck_counts
    UNION ALL
    SELECT moment, breakdown, item, 'holdout', h_measured, h_continued, CAST(NULLIF(h_measured, 0) AS DOUBLE PRECISION) FROM unstuck_counts
  ) c
) w;

-- Treatment minus holdout where both arms were measured: the difference, Newcombe's fixed-
-- horizon 95 % interval (stats.ts `newcombe`), and the always-valid 95 % confidence sequence
-- (stats.ts `sequential`: Waudby-Smith et al. 2024, Gaussian mixture, ρ tuned for 1,000
-- moments, α = 0.05) with the verdict it gives: valid however often the report is read.
CREATE OR REPLACE VIEW unstuck_lifts AS
SELECT moment, breakdown, item, difference, low, high, sequential_low, sequential_high,
  CASE WHEN sequential_low > 0 THEN 'helps' WHEN sequential_high < 0 THEN 'hurts' ELSE 'not yet known' END AS verdict
FROM (
  SELECT moment, breakdown, item, difference,
    difference - SQRT((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2)) AS low,
    difference + SQRT((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2)) AS high,
    GREATEST(-1, difference - half) AS sequential_low,
    LEAST(1, difference + half) AS sequential_high
  FROM (
    SELECT s.*,
      SQRT(q1 * (1 - q1) / n1 + q2 * (1 - q2) / n2) * SQRT(2 * (tr + 1) / tr * LN(SQRT(tr + 1) / alpha)) AS half
    FROM (
      SELECT t.moment, t.breakdown, t.item, t.rate - h.rate AS difference,
        t.rate AS p1, t.ci_low AS l1, t.ci_high AS u1, h.rate AS p2, h.ci_low AS l2, h.ci_high AS u2,
        CAST(t.measured AS DOUBLE PRECISION) AS n1, CAST(h.measured AS DOUBLE PRECISION) AS n2,
        (t.continued + 1) / CAST(t.measured + 2 AS DOUBLE PRECISION) AS q1,
        (h.continued + 1) / CAST(h.measured + 2 AS DOUBLE PRECISION) AS q2,
        (t.measured + h.measured) * ((-2 * LN(CAST('0.05' AS DOUBLE PRECISION)) + LN(1 - 2 * LN(CAST('0.05' AS DOUBLE PRECISION)))) / 1000) AS tr,
        CAST('0.05' AS DOUBLE PRECISION) AS alpha
      FROM unstuck_rates t
      JOIN unstuck_rates h ON h.moment = t.moment AND h.breakdown = t.breakdown AND h.item = t.item AND h.arm = 'holdout'
      WHERE t.arm = 'treatment' AND t.measured > 0 AND h.measured > 0
    ) s
  ) b
) l;
