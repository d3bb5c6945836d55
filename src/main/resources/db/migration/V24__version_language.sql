-- A frozen version is printed in the language its paragraphs were drafted in (issue 21): the
-- aide-memoire is an official document, so a reader's own language no longer relabels it. Versions
-- frozen before this take the aide-memoire's language of today, the best knowledge there is.
alter table aide_memoire_version add column language varchar(5);
update aide_memoire_version set language = (select a.language from aide_memoire a where a.id = aide_memoire_version.aide_memoire_id);
alter table aide_memoire_version alter column language set not null;
