-- Companies (opérateurs économiques) answering the marchés service's consultations sign in too: their
-- representatives hold the role entreprise and the SIRET of the establishment that deposits.
ALTER TABLE platform_user DROP CONSTRAINT platform_user_roles_check;
ALTER TABLE platform_user ADD CONSTRAINT platform_user_roles_check
    CHECK (roles <@ ARRAY['agent', 'elu', 'administrateur', 'dpo', 'entreprise']::text[]);
