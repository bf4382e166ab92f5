-- Generates the benchmark's activity file in CareLedger's generic layout (docs/activity.md), deterministically: every
-- value is a hash of the row number, so the same ROWS give the same file byte for byte. Run by generate.mjs with
-- $rows, $ncc (the National Cost Collection schedule) and $out.
--
-- Shape: about a million patients with skewed use (a few use a lot, as in real data), 24 providers, 400 practices,
-- two financial years (2022/23 and 2023/24), points of delivery in realistic proportions, and HRGs drawn from the
-- schedule's own codes for each point of delivery, 5% of them unknown ('XX99Z') so the fallback is exercised.
CREATE TEMP TABLE codes AS
SELECT pod, list(hrg ORDER BY hrg) AS hrgs FROM (
    SELECT CASE trim("Service Code")
               WHEN 'Elective Inpatients' THEN 'elective' WHEN 'Daycase' THEN 'daycase'
               WHEN 'Regular Day or Night Admissions' THEN 'regular-day-night'
               WHEN 'Non-Elective Inpatient - Short Stay' THEN 'non-elective-short'
               WHEN 'Non-Elective Inpatient - Long Stay' THEN 'non-elective-long'
               WHEN 'Consultant Led' THEN 'outpatient' WHEN 'Emergency Care' THEN 'ae' END AS pod,
           trim("Dept or Currency Code") AS hrg
    FROM read_csv(getvariable('ncc'), all_varchar = true, header = true))
WHERE pod IS NOT NULL GROUP BY pod;

COPY (
    WITH r AS (
        SELECT i, hash(i) AS h1, hash(i + 7919) AS h2, hash(i * 31 + 17) AS h3 FROM range(getvariable('rows')) t(i)
    ), shaped AS (
        SELECT i, h1, h2, h3,
               -- Skewed patients: the square of a uniform draw puts more rows on low patient numbers.
               CAST(floor(1000000 * pow((h1 % 1000000) / 1000000.0, 2)) AS BIGINT) AS patient,
               CASE WHEN h2 % 100 < 55 THEN 'outpatient' WHEN h2 % 100 < 75 THEN 'ae' WHEN h2 % 100 < 83 THEN 'daycase'
                    WHEN h2 % 100 < 90 THEN 'non-elective-short' WHEN h2 % 100 < 95 THEN 'non-elective-long'
                    WHEN h2 % 100 < 98 THEN 'elective' ELSE 'regular-day-night' END AS pod
        FROM r
    )
    SELECT printf('P%07d', patient) AS patient_id,
           printf('E%010d', i) AS record_id,
           DATE '2022-04-01' + CAST(h3 % 730 AS INTEGER) AS date,
           'R' || chr(65 + CAST(patient % 24 AS INTEGER)) || chr(65 + CAST((patient / 24) % 3 AS INTEGER)) AS provider,
           s.pod,
           CASE WHEN h3 % 100 < 5 THEN 'XX99Z' ELSE c.hrgs[1 + CAST((h1 / 1000000) % len(c.hrgs) AS INTEGER)] END AS hrg,
           1 AS units,
           CAST(patient % 97 AS INTEGER) AS age,
           CASE WHEN patient % 2 = 0 THEN 'F' ELSE 'M' END AS sex,
           printf('G%05d', patient % 400) AS practice,
           CASE WHEN h2 % 7 = 0 THEN 'E11' WHEN h2 % 7 = 1 THEN 'I50' WHEN h2 % 7 = 2 THEN 'J44' ELSE 'R69' END AS diagnosis
    FROM shaped s JOIN codes c USING (pod)
) TO (getvariable('out')) (HEADER, DELIMITER ',');
