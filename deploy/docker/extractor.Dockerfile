# trafilatura (Apache-2.0) behind libs/text/extractor/trafilatura_server.py: the second opinion the
# ingest service merges with its own extraction of HTML pages. Build context: the repository root.
FROM python:3.11-slim
WORKDIR /app
COPY libs/text/extractor/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY libs/text/extractor/trafilatura_server.py .
USER 1000
EXPOSE 9002
ENV EXTRACTOR_WORKERS=2
CMD ["sh", "-c", "exec python trafilatura_server.py --host 0.0.0.0 --port 9002 --workers $EXTRACTOR_WORKERS"]
