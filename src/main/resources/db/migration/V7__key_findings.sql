-- Key findings of a session's notes, each with the evidence it rests on, in the rapporteur's order.

create table notes_finding (
    notes_id      bigint        not null references session_notes (id) on delete cascade,
    position      integer       not null,
    body          varchar(2000) not null,
    evidence_kind varchar(20)   not null,
    evidence_ref  varchar(300),
    primary key (notes_id, position)
);
