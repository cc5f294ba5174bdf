"""Reading and cleaning reports: every input format becomes `RawReport`s, bad input becomes `Rejected`s.

(Interface only: implemented under issue 2.)
"""
