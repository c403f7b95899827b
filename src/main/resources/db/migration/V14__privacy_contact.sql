-- Who respondents can ask about their data (docs/privacy.md): shown in the survey's privacy statement as the
-- organisation's contact. Free text (a name, a role, an e-mail address); empty means none was given.
alter table organisation add column privacy_contact varchar(200) null;
