-- Subtitle turns join several cues: each cue's start is kept (JSON [[offset, ms], …], offsets into the document's text) so any sentence can seek to its own time.
ALTER TABLE turns ADD COLUMN cue_times TEXT;
