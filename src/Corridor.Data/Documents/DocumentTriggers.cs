namespace Corridor.Documents;

/// <summary>
/// The database's own refusal to change an issued document, for every path that bypasses the SaveChanges interceptor
/// (<c>ExecuteUpdate</c>, raw SQL, psql, sqlite3). Created by the migration <c>DocumentsCreditNotes</c> of each provider.
/// On <c>documents</c> an UPDATE or DELETE of a row whose stored status is <c>Issued</c> is refused, so the only
/// transitions that pass are the ones of a draft: its edits, its deletion and draft → issued. Superseded and cancelled
/// are not columns (they follow from the issued amendment or cancellation that names the document), so nothing
/// legitimate ever updates an issued row. On <c>document_pdfs</c> (written once, in the issuing transaction) every
/// UPDATE and DELETE is refused; on PostgreSQL TRUNCATE of either table too. Dropping the trigger needs the table's
/// owner: this guards against mistakes and application-level bypasses, not against the database owner.
/// </summary>
public static class DocumentTriggers
{
    /// <summary>The SQLSTATE of the PostgreSQL refusal (raise_exception's class, a code of Corridor's own).</summary>
    public const string PostgresSqlState = "CD001";

    public const string PostgresUp = """
        CREATE FUNCTION documents_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                RAISE EXCEPTION 'issued documents are never deleted (TRUNCATE %)', TG_TABLE_NAME USING ERRCODE = 'CD001';
            END IF;
            IF TG_TABLE_NAME = 'document_pdfs' THEN
                RAISE EXCEPTION 'the PDF of an issued document is never changed or deleted (document %)', OLD.document_id
                    USING ERRCODE = 'CD001';
            END IF;
            IF OLD.status = 'Issued' THEN
                RAISE EXCEPTION 'document % is issued: it is never changed or deleted (amend, cancel or credit it)', OLD.number USING ERRCODE = 'CD001';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER documents_issued_immutable BEFORE UPDATE OR DELETE ON documents
            FOR EACH ROW EXECUTE FUNCTION documents_refuse_issued_change();
        CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
            FOR EACH STATEMENT EXECUTE FUNCTION documents_refuse_issued_change();
        CREATE TRIGGER document_pdfs_immutable BEFORE UPDATE OR DELETE ON document_pdfs
            FOR EACH ROW EXECUTE FUNCTION documents_refuse_issued_change();
        CREATE TRIGGER document_pdfs_no_truncate BEFORE TRUNCATE ON document_pdfs
            FOR EACH STATEMENT EXECUTE FUNCTION documents_refuse_issued_change();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS document_pdfs_no_truncate ON document_pdfs;
        DROP TRIGGER IF EXISTS document_pdfs_immutable ON document_pdfs;
        DROP TRIGGER IF EXISTS documents_no_truncate ON documents;
        DROP TRIGGER IF EXISTS documents_issued_immutable ON documents;
        DROP FUNCTION IF EXISTS documents_refuse_issued_change();
        """;

    public const string SqliteUp = """
        CREATE TRIGGER documents_issued_no_update BEFORE UPDATE ON documents WHEN OLD.status = 'Issued'
        BEGIN SELECT RAISE(ABORT, 'an issued document is never changed (amend, cancel or credit it)'); END;
        CREATE TRIGGER documents_issued_no_delete BEFORE DELETE ON documents WHEN OLD.status = 'Issued'
        BEGIN SELECT RAISE(ABORT, 'an issued document is never deleted (cancel it)'); END;
        CREATE TRIGGER document_pdfs_no_update BEFORE UPDATE ON document_pdfs
        BEGIN SELECT RAISE(ABORT, 'the PDF of an issued document is never changed'); END;
        CREATE TRIGGER document_pdfs_no_delete BEFORE DELETE ON document_pdfs
        BEGIN SELECT RAISE(ABORT, 'the PDF of an issued document is never deleted'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS document_pdfs_no_delete;
        DROP TRIGGER IF EXISTS document_pdfs_no_update;
        DROP TRIGGER IF EXISTS documents_issued_no_delete;
        DROP TRIGGER IF EXISTS documents_issued_no_update;
        """;
}
