-- The same work done with DuckDB alone, as an analyst would write it: load the file with DuckDB's own type
-- detection, load the schedule's admitted, outpatient and A&E prices, cost each row by HRG and point of delivery
-- with the point of delivery's activity-weighted mean as the fallback, then the three views.
CREATE TABLE activity AS SELECT * FROM read_csv(getvariable('file'));
CREATE TABLE unit_costs AS
SELECT pod, hrg, CAST("Unit cost" AS DECIMAL(18,4)) AS unit_cost, CAST("Activity" AS BIGINT) AS activity FROM (
    SELECT CASE trim("Service Code")
               WHEN 'Elective Inpatients' THEN 'elective' WHEN 'Daycase' THEN 'daycase'
               WHEN 'Regular Day or Night Admissions' THEN 'regular-day-night'
               WHEN 'Non-Elective Inpatient - Short Stay' THEN 'non-elective-short'
               WHEN 'Non-Elective Inpatient - Long Stay' THEN 'non-elective-long'
               WHEN 'Consultant Led' THEN 'outpatient' WHEN 'Emergency Care' THEN 'ae' END AS pod,
           upper(trim("Dept or Currency Code")) AS hrg, "Unit cost", "Activity"
    FROM read_csv(getvariable('ncc'), all_varchar = true, header = true))
WHERE pod IS NOT NULL;
CREATE TABLE fallback AS
SELECT pod, CAST(sum(activity * unit_cost) / sum(activity) AS DECIMAL(18,4)) AS unit_cost FROM unit_costs GROUP BY pod;
CREATE TABLE costed AS
SELECT a.*, coalesce(u.unit_cost, f.unit_cost) AS unit_cost, a.units * coalesce(u.unit_cost, f.unit_cost) AS cost
FROM activity a LEFT JOIN unit_costs u ON u.pod = a.pod AND u.hrg = a.hrg LEFT JOIN fallback f ON f.pod = a.pod;
-- views
SELECT provider, pod, count(*), sum(cost) FROM costed GROUP BY ALL ORDER BY 1, 2;
SELECT patient_id, sum(cost) AS spend FROM costed GROUP BY 1 ORDER BY 2 DESC LIMIT 20;
WITH p AS (SELECT patient_id, sum(cost) AS spend FROM costed GROUP BY 1),
     r AS (SELECT spend, row_number() OVER (ORDER BY spend DESC) AS rank, count(*) OVER () AS n FROM p)
SELECT sum(spend) FILTER (WHERE rank <= ceil(n * 0.02)) / sum(spend) AS top_2_percent_share FROM r;
