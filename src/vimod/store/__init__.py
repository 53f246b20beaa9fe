"""vimod.store: the only package that talks SQL. Functions take a Session and plain values
and return model rows or plain data; transactions are opened by callers via
``vimod.store.db.transaction``."""
