# natasha/slovnet Russian NER (weights inside the PyPI packages, MIT) behind
# libs/nlp/recogniser/natasha_server.py. Build context: the repository root.
FROM python:3.11-slim
WORKDIR /app
COPY libs/nlp/recogniser/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY libs/nlp/recogniser/natasha_server.py .
USER 1000
EXPOSE 9001
ENV NATASHA_WORKERS=2
CMD ["sh", "-c", "exec python natasha_server.py --host 0.0.0.0 --port 9001 --workers $NATASHA_WORKERS"]
