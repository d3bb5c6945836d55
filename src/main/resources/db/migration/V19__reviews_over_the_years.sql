-- Several reviews in one instance: the one everyone works on, archived ones (read-only), and which
-- review each one follows up.
alter table review add column archived boolean default false not null;
alter table review add column current_review boolean default false not null;
alter table review add column previous_review_id bigint references review (id);
