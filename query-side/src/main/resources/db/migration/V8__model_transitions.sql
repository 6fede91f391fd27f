-- The overview now keeps model transitions (where the model moved from and what it still
-- waits for), the evolution marks the move, adaptations keep a proposed payment mechanism
-- and the reassessment triggers compound actual variations and extensions: the read models
-- are rebuilt from the event log at the next start.

update read_model_upgrade set requested = true, updated_at = now(),
    reason = 'Model transitions, payment mechanism changes and compounded reassessment triggers in the views'
where id = 1;
