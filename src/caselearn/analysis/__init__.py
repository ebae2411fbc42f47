"""National analysis: tidy tables, overlaps, trends and charts from coded reviews.

The flow is one way: ``dataset`` builds a per-child frame (from accepted codes in
the store, or from a coded-dataset CSV read by ``csv_io``); ``tables`` turns it
into tidy cells, with ``denominators`` deciding who each percentage is taken over,
``suppression`` hiding small cells and ``intervals`` adding Wilson intervals;
``render`` and ``charts`` write them out.
"""
