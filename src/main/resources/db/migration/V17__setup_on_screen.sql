-- Themes can be retired (kept for what already cites them, offered for nothing new).
alter table theme add column retired boolean default false not null;
