"""The debrief (DATA model: Description, Analysis, Transfer, Application) as data
(analysis.py), as a self-contained HTML report (html.py, charts.py) and as the
``krachtenveld report`` command (command.py)."""
