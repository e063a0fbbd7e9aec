-- Small key/value settings kept with the data (window bounds, last export options, …) as JSON text.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
