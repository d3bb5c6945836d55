-- An announcement says who made it, so a room knows whom to ask and an organizer whose to withdraw.
alter table announcement add column author varchar(100);
