-- The code tree counts codings and documents per code: a covering index answers it without reading the codings.
DROP INDEX codings_code;
CREATE INDEX codings_code_document ON codings(code_id, document_id);
