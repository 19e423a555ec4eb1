-- The database's own ceiling: one row of an appeal's size per transaction.
INSERT INTO bench_appeal (id, school_id, submitted_on, sealed_content)
VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', current_date,
        decode(repeat(md5(random()::text), 8), 'hex'));
