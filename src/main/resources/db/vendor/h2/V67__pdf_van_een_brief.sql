-- The letter's PDF (V66): binary, up to 10 MB.
alter table document add column pdf varbinary(10000000);
