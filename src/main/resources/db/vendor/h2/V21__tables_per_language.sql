-- A version now freezes its tables in English and French, so a French reader's PDF says
-- "En bonne voie" whatever language the aide-memoire was drafted in: twice the room.
alter table aide_memoire_version alter column tables_json set data type varchar(1000000);
