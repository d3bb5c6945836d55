-- Accounts the sample loader made with known passwords (admin/admin...), so every page can warn
-- while one exists. Setting a password of one's own clears the mark.
alter table user_account add column demo boolean default false not null;
